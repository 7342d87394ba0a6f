package io.breakerboard.engine.llm;

/**
 * A successful completion.
 *
 * @param model the model that answered (a fallback model when the requested one failed)
 * @param text  the completion
 */
public record ModelResponse(String model, String text) {
}
