package io.breakerboard.service;

/**
 * An agent or an orchestration pattern the local engine offers, with the domain it works in. A pattern only
 * runs on agents of its own domain.
 *
 * @param name   agent name or pattern id, as a workload names it
 * @param domain {@code sre} or {@code finance}
 */
public record EngineChoice(String name, String domain) {
}
