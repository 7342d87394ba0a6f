/**
 * The lab: experiments on the engine that compare choices side by side, each on its own engine runtime on a
 * virtual clock, reproducible from a seed. {@link io.breakerboard.lab.PatternBenchmark} runs one invoice task
 * suite through the five orchestration patterns and judges every answer against the task's known truth;
 * {@link io.breakerboard.lab.CostExperiment} runs one workload before and after optimisations, and
 * {@link io.breakerboard.lab.CostBreakdown} splits the cost of recorded executions, and
 * {@link io.breakerboard.lab.TrafficReplay} plays recorded executions back through the engine's reliability wrappers
 * under another scenario. Results are {@link io.breakerboard.lab.LabRun}s, exported as CSV or Markdown and kept by a
 * {@link io.breakerboard.lab.LabRunRepository}.
 */
package io.breakerboard.lab;
