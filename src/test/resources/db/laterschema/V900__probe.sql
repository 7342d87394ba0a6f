-- A migration newer than any bundled one, for the test that Flyway takes over a database created without it.
CREATE TABLE probe (id INT PRIMARY KEY);
