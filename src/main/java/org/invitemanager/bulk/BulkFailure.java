package org.invitemanager.bulk;

import java.util.Objects;
import org.invitemanager.domain.Failure;

/**
 * One invite of a batch that the server did not create.
 *
 * @param number  its number in the batch, counting from 1
 * @param label   the label it would have had
 * @param failure why it failed
 */
public record BulkFailure(int number, String label, Failure failure) {

    public BulkFailure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(failure, "failure");
    }
}
