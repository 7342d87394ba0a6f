package io.breakerboard.engine.llm;

import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Usage;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * A model without a network: latency from the model's distribution plus generation time per token, token counts
 * that vary around the request's, cost from the price table, and the failure modes of a hosted model API
 * (429 with retry-after, 5xx, hangs, malformed output) at the model's rates.
 */
public final class SimulatedModelClient implements ModelClient {
    private static final Duration HANG = Duration.ofMinutes(10);

    private final PriceTable prices;

    public SimulatedModelClient(PriceTable prices) {
        this.prices = prices;
    }

    @Override
    public Attempt<ModelResponse> attempt(ModelRequest request, RandomGenerator random) {
        ModelSpec spec = ModelCatalog.get(request.model());
        Duration firstToken = spec.firstToken().sample(random);
        double roll = random.nextDouble();
        if ((roll -= spec.rateLimitRate()) < 0) {
            Duration retryAfter = Duration.ofMillis(500 + random.nextInt(4_500));
            return Attempt.failed(new CallFailure(FailureType.RATE_LIMITED,
                    "429 Too Many Requests from " + spec.name() + ", retry after " + retryAfter.toMillis() + " ms",
                    retryAfter), Duration.ofMillis(40 + random.nextInt(80)));
        }
        if ((roll -= spec.serverErrorRate()) < 0) {
            int status = random.nextBoolean() ? 503 : 500;
            return Attempt.failed(new CallFailure(FailureType.SERVER_ERROR,
                    status + " from " + spec.name() + ": upstream overloaded"), firstToken);
        }
        if ((roll -= spec.hangRate()) < 0) {
            return Attempt.failed(new CallFailure(FailureType.TIMEOUT, spec.name() + " did not answer"), HANG);
        }
        long outTokens = Math.max(8, Math.round(request.outputTokens() * Math.exp(0.35 * random.nextGaussian())));
        Duration latency = firstToken.plus(spec.perOutputToken().multipliedBy(outTokens));
        Usage usage = new Usage(request.inputTokens(), outTokens,
                prices.cost(spec.name(), request.inputTokens(), outTokens));
        if ((roll -= spec.malformedRate()) < 0) {
            Attempt<ModelResponse> ok = Attempt.ok(new ModelResponse(spec.name(), request.completion()), latency, usage);
            return ok.withFailure(new CallFailure(FailureType.MALFORMED,
                    spec.name() + " returned output that is not valid tool-call JSON"));
        }
        return Attempt.ok(new ModelResponse(spec.name(), request.completion()), latency, usage);
    }
}
