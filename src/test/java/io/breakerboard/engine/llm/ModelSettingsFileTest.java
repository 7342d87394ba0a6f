package io.breakerboard.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSettingsFileTest {
    private static final ModelSettings OPENAI = new ModelSettings(URI.create("https://api.openai.com/v1"),
            "OPENAI_API_KEY", new ModelSettings.ModelChoice("gpt-4o", Price.perMillionUsd(2.5, 10)),
            new ModelSettings.ModelChoice("gpt-4o-mini", Price.perMillionUsd(0.15, 0.6)), Duration.ofMillis(45_500), 512);

    @TempDir
    Path dir;

    @Test
    void writtenSettingsReadBackTheSame() {
        Path file = ModelSettingsFile.in(dir.resolve("data"));
        ModelSettingsFile.write(file, OPENAI);
        assertThat(ModelSettingsFile.read(file)).contains(OPENAI);
    }

    @Test
    void pricesAreWrittenAsPeopleWriteThemNotInExponentNotation() throws Exception {
        Path file = ModelSettingsFile.in(dir);
        ModelSettingsFile.write(file, OPENAI);
        String text = Files.readString(file);
        assertThat(text).contains("\"output_usd_per_million\" : 10\n", "\"input_usd_per_million\" : 2.5,",
                "\"input_usd_per_million\" : 0.15,", "\"timeout_seconds\" : 45.5,");
        assertThat(text).doesNotContain("E+");
        assertThat(text).doesNotContainIgnoringCase("key\" : \"sk-");
    }

    @Test
    void noFileOrTheSimulatedChoiceKeepsTheSimulatedModels() {
        Path file = ModelSettingsFile.in(dir);
        assertThat(ModelSettingsFile.read(file)).isEmpty();
        ModelSettingsFile.write(file, OPENAI);
        ModelSettingsFile.writeSimulated(file);
        assertThat(ModelSettingsFile.read(file)).isEmpty();
    }

    @Test
    void omittedValuesTakeTheDocumentedDefaults() {
        ModelSettings s = ModelSettingsFile.parse("{\"base_url\": \"http://127.0.0.1:11434/v1\","
                + " \"strong\": {\"model\": \"llama3.1:70b\"}, \"cheap\": {\"model\": \"llama3.1:8b\"}}").orElseThrow();
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.maxOutputTokens()).isEqualTo(512);
        assertThat(s.keyEnv()).isNull();
        assertThat(s.cheap().price()).isEqualTo(new Price(0, 0));
    }

    @Test
    void aKeyInTheFileIsRefusedAndTheMessageNamesTheFile() throws Exception {
        Path file = ModelSettingsFile.in(dir);
        Files.writeString(file, "{\"base_url\": \"https://api.openai.com/v1\", \"api_key\": \"sk-proj-123\","
                + " \"strong\": {\"model\": \"a\"}, \"cheap\": {\"model\": \"b\"}}");
        assertThatThrownBy(() -> ModelSettingsFile.read(file))
                .hasMessageStartingWith(file + ": keys are not kept in files")
                .hasMessageNotContaining("sk-proj-123");
    }

    @Test
    void eachMistakeInTheFileIsNamed() {
        assertThatThrownBy(() -> ModelSettingsFile.parse("{\n\"client\": }")).hasMessage("not JSON (line 2)");
        assertThatThrownBy(() -> ModelSettingsFile.parse("[]")).hasMessage("expected a JSON object");
        assertThatThrownBy(() -> ModelSettingsFile.parse("{\"client\": \"anthropic\"}"))
                .hasMessage("client must be 'openai-compatible' or 'simulated', got 'anthropic'");
        assertThatThrownBy(() -> ModelSettingsFile.parse("{\"strong\": {\"model\": \"a\"}}"))
                .hasMessage("'base_url' is required");
        assertThatThrownBy(() -> ModelSettingsFile.parse("{\"base_url\": \"https://x.example/v1\","
                + " \"strong\": {\"model\": \"a\"}}")).hasMessageStartingWith("'cheap' is required");
    }
}
