package jp.go.jisso.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: GET answers an ETag with the record's version; every
 * write must send it back in If-Match. Missing → 428, different → 412 with the current
 * version, so two people editing the same record never silently overwrite each other.
 */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks If-Match against the version just loaded from the database. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, ErrorCodes.PRECONDITION_REQUIRED,
                    "Send the If-Match header with the ETag you read, so that no one else's change is overwritten.",
                    null, currentVersion);
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return; // RFC 9110: "*" matches any current version (the caller accepts overwriting)
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.equals(Long.toString(currentVersion))) {
            throw new ApiException(412, ErrorCodes.PRECONDITION_FAILED,
                    "Someone else changed this record after you loaded it (your version " + value + ", current "
                            + currentVersion + "). Reload it and apply your change again.",
                    null, currentVersion);
        }
    }
}
