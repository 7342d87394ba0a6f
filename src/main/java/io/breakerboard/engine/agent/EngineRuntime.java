package io.breakerboard.engine.agent;

import io.breakerboard.engine.agent.internal.PauseSignal;
import io.breakerboard.engine.guard.internal.AuditLog;
import io.breakerboard.engine.guard.internal.GuardSettings;
import io.breakerboard.engine.guard.internal.SpendLedger;
import io.breakerboard.engine.llm.ModelClient;
import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.memory.CheckpointStore;
import io.breakerboard.engine.memory.internal.EpisodicMemory;
import io.breakerboard.engine.reliability.ReliabilityRegistry;
import io.breakerboard.engine.reliability.ResilientCaller;
import io.breakerboard.engine.reliability.internal.ToolFees;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.ToolResultCache;
import java.util.function.UnaryOperator;

/**
 * The services every execution shares, wired once by the engine.
 *
 * @param clock       engine clock
 * @param registry    reliability components
 * @param caller      the wrapping of every call
 * @param tools       tool catalog
 * @param models      model client
 * @param prices      price table
 * @param cache       tool-result cache
 * @param guards      budgets and loop threshold
 * @param spend       engine-wide spend against the shared budgets
 * @param checkpoints checkpoint store
 * @param memory      episodic memory
 * @param audit       audit log
 * @param redactor    masks secrets in step text
 * @param fees        tool fees per external API
 * @param pause       stops executions at their next call boundary when the engine closes
 */
public record EngineRuntime(EngineClock clock, ReliabilityRegistry registry, ResilientCaller caller, ToolCatalog tools,
                            ModelClient models, PriceTable prices, ToolResultCache cache, GuardSettings guards,
                            SpendLedger spend, CheckpointStore checkpoints, EpisodicMemory memory, AuditLog audit,
                            UnaryOperator<String> redactor, ToolFees fees, PauseSignal pause) {
}
