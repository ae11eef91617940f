package vn.ketnghia.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ketnghia.reporting.ReportingDtos.Change;

/**
 * What differs between two submissions, as readable dotted paths. Lists of figure lines are matched
 * by their key (an area, a category id, an agreement), so a new category does not shift every line
 * after it; narrative lists are matched by position, as the reporter ordered them.
 */
final class ReportChanges {

    /** Derived or presentational fields: a change in them is always a change of something compared already. */
    private static final Set<String> IGNORED = Set.of("filter", "label", "parentKey", "live", "key", "agreementId",
            "planId", "partnerName", "recipientName");

    private ReportChanges() {
    }

    static List<Change> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> from = new LinkedHashMap<>();
        Map<String, JsonNode> to = new LinkedHashMap<>();
        flatten("", before, from);
        flatten("", after, to);
        Set<String> paths = new LinkedHashSet<>(from.keySet());
        paths.addAll(to.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            JsonNode a = from.getOrDefault(path, NullNode.getInstance());
            JsonNode b = to.getOrDefault(path, NullNode.getInstance());
            if (!Objects.equals(a, b)) {
                changes.add(new Change(path, a, b));
            }
        }
        return changes;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!IGNORED.contains(field.getKey())) {
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String identity = element.hasNonNull("key") ? element.get("key").asText()
                        : element.hasNonNull("agreementId") ? element.get("agreementId").asText() + (element.hasNonNull("planId")
                                ? "-" + element.get("planId").asText() : "") : null;
                flatten(identity != null ? path + "." + identity : path + "[" + i + "]", element, out);
            }
        } else if (!node.isNull()) {
            out.put(path, node);
        }
    }
}
