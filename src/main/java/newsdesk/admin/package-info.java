/**
 * Keeping the index in step with the page files: building it, telling when it is stale, and
 * refreshing it while questions are being answered. {@link newsdesk.admin.IndexMaintenance} is the facade.
 */
@NullMarked
package newsdesk.admin;

import org.jspecify.annotations.NullMarked;
