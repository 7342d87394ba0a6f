package io.breakerboard.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.ToolCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentCatalogTest {

    @Test
    void everyAgentUsesAKnownModelAndKnownToolsOfItsDomain() {
        ToolCatalog tools = ToolCatalog.standard();
        for (AgentSpec a : AgentCatalog.all()) {
            assertThat(ModelCatalog.get(a.model()).name()).isEqualTo(a.model());
            a.tools().forEach(t -> assertThat(tools.names()).as(a.name()).contains(t));
            assertThat(a.carefulness()).isBetween(0.0, 1.0);
        }
        assertThat(AgentCatalog.all()).extracting(AgentSpec::domain).contains(Domain.SRE, Domain.FINANCE);
    }

    @Test
    void onlyThePaymentsControllerMayApprovePayments() {
        assertThat(AgentCatalog.all()).filteredOn(a -> a.role().allows(Permission.ADMIN))
                .extracting(AgentSpec::name).containsExactly("payments-controller");
        assertThat(AgentCatalog.get("invoice-clerk").actor()).isEqualTo(new Actor("invoice-clerk",
                ModelCatalog.CHEAP, Permission.WRITE));
    }

    @Test
    void anUnknownAgentIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> AgentCatalog.get("night-owl"))
                .hasMessage("unknown agent 'night-owl'; known: [sre-triage, sre-investigator, invoice-clerk, "
                        + "payments-controller]");
    }

    @Test
    void theBuilderNamesEachSettingAndRefusesOneLeftUnset() {
        AgentSpec a = AgentSpec.builder("night-owl", Domain.SRE).role(Permission.READ).model(ModelCatalog.CHEAP)
                .tools(List.of("list_pods")).maxIterations(4).instances(1).carefulness(0.9).build();
        assertThat(a.maxIterations()).isEqualTo(4);
        assertThat(a.carefulness()).isEqualTo(0.9);
        assertThatThrownBy(() -> AgentSpec.builder("night-owl", Domain.SRE).role(Permission.READ)
                .model(ModelCatalog.CHEAP).tools(List.of()).maxIterations(4).instances(1).build())
                .hasMessage("agent night-owl: carefulness must be set");
        assertThatThrownBy(() -> AgentSpec.builder("night-owl", Domain.SRE).role(Permission.READ)
                .model(ModelCatalog.CHEAP).tools(List.of()).maxIterations(0).instances(1).carefulness(1).build())
                .hasMessage("agent night-owl: maxIterations and instances must be at least 1");
    }
}
