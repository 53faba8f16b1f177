package org.liaison.contracts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of an instrument of orgs-service's catalogue, carried by every {@code instrument.*} event,
 * so that a consumer resolves free text against the same names and aliases.
 *
 * @param id           the aggregate id, the Kafka key: {@link #aggregateId} of {@code instrumentId}
 * @param instrumentId the stable id the APIs use: {@code unsc-2254}, {@code cedaw}, {@code geneva-communique}
 * @param kind         unsc_resolution, resolution, convention, communique, declaration or law
 * @param year         the year of adoption, or null when unknown
 * @param aliasesAr    other Arabic names people write it with («سيداو»)
 * @param aliasesEn    other English names («CEDAW»)
 */
public record InstrumentState(UUID id, long version, String instrumentId, String kind, String nameAr, String nameEn,
                              Integer year, List<String> aliasesAr, List<String> aliasesEn)
        implements AggregateState {

    public InstrumentState {
        aliasesAr = aliasesAr == null ? List.of() : List.copyOf(aliasesAr);
        aliasesEn = aliasesEn == null ? List.of() : List.copyOf(aliasesEn);
    }

    /** The aggregate id of an instrument: the same UUID for the same id everywhere (name-based, RFC 4122 v3). */
    public static UUID aggregateId(String instrumentId) {
        String name = AggregateTypes.INSTRUMENT + "/" + instrumentId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
