package tm

import "context"

// Iterator is what Copy reads from: every unit, in the order they were
// added (a Store is one).
type Iterator interface {
	Iterate(ctx context.Context, opt ExportOptions, fn func(Unit) error) error
}

// Copy adds every unit of src to dst in one batch, in the order they were
// added: all of them or, on an error, none. Units already in dst follow
// the duplicate rules. It returns the number of units read and what the
// batch did. (A PostgreSQL dst also refreshes its planner statistics when
// the batch commits, so lookups right after a copy use the indexes.)
func Copy(ctx context.Context, dst Store, src Iterator) (int, AddResult, error) {
	b, err := dst.Begin(ctx)
	if err != nil {
		return 0, AddResult{}, err
	}
	defer b.Rollback()
	n := 0
	err = src.Iterate(ctx, ExportOptions{}, func(u Unit) error {
		u.ID = 0
		n++
		_, err := b.Add(u)
		return err
	})
	if err != nil {
		return 0, AddResult{}, err
	}
	res, err := b.Commit()
	if err != nil {
		return 0, AddResult{}, err
	}
	return n, res, nil
}

// Beginner is what AddAll writes to: a store's batches.
type Beginner interface {
	Begin(ctx context.Context) (Batch, error)
}

// AddAll adds units to s in one batch: all of them or, on an error, none.
// It is a backend's Store.Add.
func AddAll(ctx context.Context, s Beginner, units []Unit) (AddResult, error) {
	b, err := s.Begin(ctx)
	if err != nil {
		return AddResult{}, err
	}
	defer b.Rollback()
	for _, u := range units {
		if _, err := b.Add(u); err != nil {
			return AddResult{}, err
		}
	}
	return b.Commit()
}
