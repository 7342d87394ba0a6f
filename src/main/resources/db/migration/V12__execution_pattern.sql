-- The orchestration pattern that ran an execution (sequential, hierarchical, iterative_refinement, state_machine,
-- voting), when the engine ran it or its log names one. On the embedded store executions live in packed blocks
-- (V7), which carry it as a column of their own; the column here serves executions stored one row each (team
-- mode, and rows from before V7 until they move into blocks).
ALTER TABLE executions ADD COLUMN pattern VARCHAR(64);
