package io.breakerboard.ui.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.llm.ModelSettings;
import io.breakerboard.engine.llm.Price;
import io.breakerboard.ui.UiExecutor;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ModelSettingsViewModelTest {
    private Optional<ModelSettings> inUse = Optional.empty();
    private final List<Optional<ModelSettings>> saved = new ArrayList<>();
    private final AtomicInteger closed = new AtomicInteger();
    private final ModelSettingsViewModel vm = new ModelSettingsViewModel(() -> inUse, () -> null, c -> {
        saved.add(c);
        inUse = c;
    }, name -> "OPENAI_API_KEY".equals(name) ? "the-key" : null, UiExecutor.direct());

    @Test
    void theSimulatedModelsAreTheChoiceUntilAnEndpointIsSaved() {
        vm.load();

        assertThat(vm.realProperty().get()).isFalse();
        vm.save(closed::incrementAndGet);

        assertThat(saved).containsExactly(Optional.empty());
        assertThat(closed).hasValue(1);
    }

    @Test
    void savingAnEndpointStoresItsModelsPricesAndTheNameOfTheKeyVariable() {
        vm.load();
        vm.realProperty().set(true);
        vm.baseUrlProperty().set("http://127.0.0.1:11434/v1");
        vm.keyEnvProperty().set("");
        vm.strongModelProperty().set("llama3.1:70b");
        vm.strongInputProperty().set("0");
        vm.strongOutputProperty().set("$0.00");
        vm.cheapModelProperty().set("llama3.2:3b");
        vm.timeoutSecondsProperty().set("90");

        vm.save(closed::incrementAndGet);

        ModelSettings s = saved.get(0).orElseThrow();
        assertThat(s.endpoint()).isEqualTo(URI.create("http://127.0.0.1:11434/v1/chat/completions"));
        assertThat(s.keyEnv()).isNull();
        assertThat(s.strong().name()).isEqualTo("llama3.1:70b");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(closed).hasValue(1);
    }

    @Test
    void theFieldsShowTheEndpointInUseAndWhetherItsKeyVariableIsSet() {
        inUse = Optional.of(new ModelSettings(URI.create("https://api.openai.com/v1"), "OPENAI_API_KEY",
                new ModelSettings.ModelChoice("gpt-4o", Price.perMillionUsd(2.5, 10)),
                new ModelSettings.ModelChoice("gpt-4o-mini", Price.perMillionUsd(0.15, 0.6)), Duration.ofSeconds(60), 512));

        vm.load();

        assertThat(vm.realProperty().get()).isTrue();
        assertThat(vm.strongInputProperty().get()).isEqualTo("2.5");
        assertThat(vm.cheapOutputProperty().get()).isEqualTo("0.6");
        assertThat(vm.keyStatusProperty().get()).startsWith("OPENAI_API_KEY is set");
        vm.keyEnvProperty().set("OTHER_KEY");
        assertThat(vm.keyStatusProperty().get()).startsWith("OTHER_KEY is not set");
    }

    @Test
    void aWrongFieldIsNamedAndNothingIsSaved() {
        vm.load();
        vm.realProperty().set(true);
        vm.cheapInputProperty().set("cheap");

        assertThat(vm.save(closed::incrementAndGet)).isFalse();

        assertThat(vm.problemProperty().get()).isEqualTo("Cheap model input price must be a number of at least 0, got 'cheap'");
        vm.cheapInputProperty().set("0.15");
        vm.keyEnvProperty().set("sk-abc123");
        assertThat(vm.save(closed::incrementAndGet)).isFalse();
        assertThat(vm.problemProperty().get()).contains("NAME of an environment variable");
        assertThat(saved).isEmpty();
        assertThat(closed).hasValue(0);
    }
}
