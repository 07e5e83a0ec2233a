-- The runs of the job table: each run's settings hash, and the settings
-- themselves (JSON, without secrets) so that a worker started with other
-- settings can be told which differ.
CREATE TABLE bitext_runs (
	run text PRIMARY KEY,
	settings text NOT NULL,
	detail text NOT NULL DEFAULT '',
	created timestamptz NOT NULL DEFAULT now()
);
INSERT INTO bitext_runs(run, settings)
	SELECT run, min(settings) FROM bitext_jobs GROUP BY run ON CONFLICT DO NOTHING;
