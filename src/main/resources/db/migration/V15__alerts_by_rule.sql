-- The window opens with the alerts of its rules that earlier runs left pending or firing. Beside many anomalies
-- (all of them firing) the index by state read every stored alert to find those few.
CREATE INDEX alerts_by_rule ON alerts (rule, state);
