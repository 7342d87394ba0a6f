package io.breakerboard.engine.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.sim.internal.LatencyModel;
import io.breakerboard.engine.tool.internal.ArgSchema;
import io.breakerboard.engine.tool.internal.FailureProfile;
import io.breakerboard.engine.tool.internal.FinanceTools;
import io.breakerboard.engine.tool.internal.SimulatedTool;
import io.breakerboard.engine.tool.internal.SreTools;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolContractsTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Permission.ADMIN.allows(Permission.WRITE)).isTrue();
        assertThat(Permission.WRITE.allows(Permission.READ)).isTrue();
        assertThat(Permission.READ.allows(Permission.READ)).isTrue();
        assertThat(Permission.READ.allows(Permission.WRITE)).isFalse();
        assertThat(Permission.WRITE.allows(Permission.ADMIN)).isFalse();
    }

    @Test
    void theStandardCatalogHoldsBothToolSetsAndNamesAnUnknownTool() {
        ToolCatalog catalog = ToolCatalog.standard();
        assertThat(catalog.names()).contains("check_service_health", "search_runbooks", "approve_payment");
        assertThat(catalog.names()).doesNotHaveDuplicates();
        assertThatThrownBy(() -> catalog.get("drop_database"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown tool 'drop_database'; known: [")
                .hasMessageContaining("approve_payment");
    }

    @Test
    void everyAlternativeToolExistsAndEverySreToolIsReadOnly() {
        ToolCatalog catalog = ToolCatalog.standard();
        for (String name : catalog.names()) {
            String alternative = catalog.get(name).spec().alternative();
            if (alternative != null) {
                assertThat(catalog.names()).as("alternative of " + name).contains(alternative);
            }
        }
        SreTools.all().forEach(t -> assertThat(t.spec().required()).as(t.spec().name()).isEqualTo(Permission.READ));
    }

    @Test
    void withReplacesATool() {
        Tool original = ToolCatalog.standard().get("list_pods");
        Tool other = new SimulatedTool(original.spec().withPrice(ToolPrice.usd("cluster-api", 0.001)),
                (call, task, r) -> ToolOutput.of("none"));
        ToolCatalog catalog = ToolCatalog.standard().with(other);
        assertThat(catalog.get("list_pods")).isSameAs(other);
        assertThat(catalog.names()).hasSameSizeAs(ToolCatalog.standard().names());
    }

    @Test
    void pricesAreInMicroDollarsAndMustNameTheirApi() {
        assertThat(ToolPrice.usd("fraud-scoring", 0.01).perCallMicros()).isEqualTo(10_000);
        assertThat(ToolPrice.FREE.perCallMicros()).isZero();
        assertThatThrownBy(() -> new ToolPrice(" ", 1)).hasMessageContaining("name of the API");
        assertThatThrownBy(() -> new ToolPrice("fraud-scoring", -1))
                .hasMessageContaining("fraud-scoring").hasMessageContaining("-1");
    }

    @Test
    void aToolSpecNeedsAVersionAndAPrice() {
        ArgSchema none = ArgSchema.builder().build();
        FailureProfile never = new FailureProfile(0, 0, 0);
        assertThatThrownBy(() -> new ToolSpec("t", "d", Permission.READ, true, none, LatencyModel.of(10, 0), never,
                null, "", ToolPrice.FREE)).hasMessage("tool t needs a version");
        assertThatThrownBy(() -> new ToolSpec("t", "d", Permission.READ, true, none, LatencyModel.of(10, 0), never,
                null, "1", null)).hasMessageContaining("tool t needs a price");
    }

    @Test
    void failureRatesMustBeSharesThatFitInOne() {
        assertThatThrownBy(() -> new FailureProfile(0.5, 0.3, 0.3)).hasMessageContaining("0.5, 0.3, 0.3");
        assertThatThrownBy(() -> new FailureProfile(-0.1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FailureProfile(0.5, 0.25, 0.25).toolFailureRate()).isEqualTo(0.25);
    }

    @Test
    void financeToolsThatMoveMoneyNeedMoreThanReading() {
        List<Tool> finance = FinanceTools.all();
        assertThat(finance).anySatisfy(t -> assertThat(t.spec().required()).isNotEqualTo(Permission.READ));
        assertThat(ToolCatalog.standard().get("approve_payment").spec().required()).isEqualTo(Permission.ADMIN);
    }
}
