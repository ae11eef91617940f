package vn.ketnghia.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to another object, with enough to show it without a second request. */
@Schema(name = "Ref", description = "Reference to a related object: its id, code and display name.")
public record Ref(@Schema(examples = "12") long id, @Schema(examples = "510") String code, @Schema(examples = "Nam Giang") String name) {
}
