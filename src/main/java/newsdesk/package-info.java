@NullMarked
package newsdesk;

import org.jspecify.annotations.NullMarked;
