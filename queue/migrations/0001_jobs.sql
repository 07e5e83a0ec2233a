-- The job table of shared batch runs. A job is one article (its input
-- paths) of a run; workers claim pending jobs, or running jobs whose
-- heartbeat is older than the timeout, with FOR UPDATE SKIP LOCKED.
CREATE TABLE bitext_jobs (
	id bigserial PRIMARY KEY,
	run text NOT NULL,
	key text NOT NULL,
	inputs text[] NOT NULL,
	settings text NOT NULL DEFAULT '',
	state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
	worker text NOT NULL DEFAULT '',
	heartbeat timestamptz,
	attempts integer NOT NULL DEFAULT 0,
	result text NOT NULL DEFAULT '',
	error text NOT NULL DEFAULT '',
	created timestamptz NOT NULL DEFAULT now(),
	finished timestamptz,
	UNIQUE (run, key)
);
CREATE INDEX bitext_jobs_claim ON bitext_jobs (state, run, id);
