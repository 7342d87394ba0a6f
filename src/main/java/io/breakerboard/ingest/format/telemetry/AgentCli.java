package io.breakerboard.ingest.format.telemetry;

import java.util.Locale;

/**
 * The agent command-line tools whose OpenTelemetry log events become executions: the prefix of their event
 * names, the agent name their executions get (the same as their session files' importers give), and the attribute
 * naming the session all events of one run share.
 */
public enum AgentCli {
    CLAUDE_CODE("claude_code.", "claude-code", "session.id", "claude-code"),
    CODEX("codex.", "codex", "conversation.id", "codex"),
    GEMINI_CLI("gemini_cli.", "gemini-cli", "session.id", "gemini-cli");

    /** Event names start with it: {@code claude_code.api_request}. */
    public final String prefix;
    public final String agent;
    public final String sessionAttribute;
    /** The resource's {@code service.name} when the event names lack the prefix. */
    private final String service;

    AgentCli(String prefix, String agent, String sessionAttribute, String service) {
        this.prefix = prefix;
        this.agent = agent;
        this.sessionAttribute = sessionAttribute;
        this.service = service;
    }

    /** The tool whose event name this is, or null. */
    public static AgentCli ofEventName(String name) {
        if (name == null) {
            return null;
        }
        for (AgentCli cli : values()) {
            if (name.startsWith(cli.prefix) && name.length() > cli.prefix.length()) {
                return cli;
            }
        }
        return null;
    }

    /** The tool a resource's {@code service.name} names (Codex writes {@code codex_cli_rs}, among others). */
    static AgentCli ofService(String serviceName) {
        if (serviceName == null) {
            return null;
        }
        String s = serviceName.toLowerCase(Locale.ROOT).replace('_', '-');
        for (AgentCli cli : values()) {
            if (s.startsWith(cli.service)) {
                return cli;
            }
        }
        return null;
    }

    /** The event's name without the prefix: {@code api_request}. */
    String shortName(String eventName) {
        return eventName.substring(prefix.length());
    }
}
