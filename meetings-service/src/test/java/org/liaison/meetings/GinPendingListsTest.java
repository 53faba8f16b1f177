package org.liaison.meetings;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.GinIndexes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every GIN index of the service's database, those a later migration adds too, bounds its pending list. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class GinPendingListsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyGinIndexBoundsItsPendingList() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), GinIndexes.withUnboundedPendingList(connection));
        }
    }
}
