package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreUrlTest {
    @Test
    void anAddressBecomesTheDriversWithItsSslMode() {
        StoreUrl url = StoreUrl.parse("postgresql://breakerboard_writer@db.example.com/fleet?sslmode=require");
        assertThat(url.user()).isEqualTo("breakerboard_writer");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/fleet?sslmode=require");
        assertThat(url).hasToString("postgresql://breakerboard_writer@db.example.com:5432/fleet?sslmode=require");
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutBeingRepeated() {
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://writer:s3cret-pw@db:5432/fleet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PGPASSWORD").hasMessageContaining("~/.pgpass")
                .hasMessageNotContaining("s3cret-pw");
        assertThat(StoreUrl.redact("could not reach postgresql://writer:s3cret-pw@db/fleet"))
                .isEqualTo("could not reach postgresql://writer:***@db/fleet");
    }

    @Test
    void somethingElseIsRefusedNamingWhatIsExpected() {
        assertThatThrownBy(() -> StoreUrl.parse("mysql://u@h/db")).hasMessageContaining("postgresql://user@host:5432/database");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://u@h:5432/")).hasMessageContaining("names no database");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://u@h/db?sslmode=sometimes")).hasMessageContaining("sslmode");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://u@h/db?password=x")).hasMessageContaining("'password'");
    }
}
