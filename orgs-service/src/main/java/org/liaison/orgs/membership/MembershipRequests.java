package org.liaison.orgs.membership;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.contracts.PartialDate;
import org.liaison.orgs.common.Limits;
import org.liaison.support.input.SourceInput;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request bodies of the memberships (roles) API. */
public final class MembershipRequests {

    private MembershipRequests() {
    }

    /**
     * @param id                   optional: a loader may choose the id so that recording the same role twice is
     *                             recognised
     * @param personId             the member when it is a person
     * @param memberOrganizationId the member when it is an organisation (a party of a council, a component of a
     *                             commission); exactly one of this and {@code personId}
     * @param organizationId       the organisation joined
     * @param role                 the closed-list code (co_chair, president, executive_director, ...; for an
     *                             organisation: member, founding_member, observer or component)
     * @param label                the role as the source words it
     * @param onBehalfOfId         the organisation the person speaks for in this role, when not the organisation
     *                             itself; a person's roles only
     * @param startDate            partial date: 2024, 2024-06 or 2024-06-10
     * @param endDate              absent while the role is held; not before {@code startDate}
     */
    @Schema(name = "MembershipStart")
    public record Start(UUID id,
                        UUID personId,
                        UUID memberOrganizationId,
                        @NotNull UUID organizationId,
                        @NotNull MembershipRole role,
                        @Size(max = Limits.SHORT_TEXT_MAX) String label,
                        UUID onBehalfOfId,
                        PartialDate startDate,
                        PartialDate endDate,
                        @Size(max = Limits.LIST_MAX) List<@Valid @NotNull SourceInput> sources) {
    }

    /**
     * A partial update in the manner of JSON Merge Patch: an absent field stays as it is, an explicit
     * {@code null} removes the value ({@code "endDate": null} makes an ended role current again,
     * {@code "onBehalfOfId": null} removes that organisation), a present list replaces the stored one. The
     * member and the organisation of a membership do not change; {@code role} cannot be removed.
     */
    @Schema(name = "MembershipUpdate")
    public static final class Update {

        /** The fields the request named; not a field of the request. */
        @JsonIgnore
        @Schema(hidden = true)
        private final Set<String> present = new HashSet<>();

        private MembershipRole role;
        @Size(max = Limits.SHORT_TEXT_MAX)
        private String label;
        private UUID onBehalfOfId;
        private PartialDate startDate;
        private PartialDate endDate;
        @Size(max = Limits.LIST_MAX)
        private List<@Valid @NotNull SourceInput> sources;

        /** Whether the request named this field, with a value or with null. */
        public boolean has(String field) {
            return present.contains(field);
        }

        public MembershipRole getRole() {
            return role;
        }

        @JsonProperty("role")
        public void setRole(MembershipRole role) {
            this.role = role;
            present.add("role");
        }

        public String getLabel() {
            return label;
        }

        @JsonProperty("label")
        public void setLabel(String label) {
            this.label = label;
            present.add("label");
        }

        public UUID getOnBehalfOfId() {
            return onBehalfOfId;
        }

        @JsonProperty("onBehalfOfId")
        public void setOnBehalfOfId(UUID onBehalfOfId) {
            this.onBehalfOfId = onBehalfOfId;
            present.add("onBehalfOfId");
        }

        public PartialDate getStartDate() {
            return startDate;
        }

        @JsonProperty("startDate")
        public void setStartDate(PartialDate startDate) {
            this.startDate = startDate;
            present.add("startDate");
        }

        public PartialDate getEndDate() {
            return endDate;
        }

        @JsonProperty("endDate")
        public void setEndDate(PartialDate endDate) {
            this.endDate = endDate;
            present.add("endDate");
        }

        public List<SourceInput> getSources() {
            return sources;
        }

        @JsonProperty("sources")
        public void setSources(List<SourceInput> sources) {
            this.sources = sources;
            present.add("sources");
        }

    }
}
