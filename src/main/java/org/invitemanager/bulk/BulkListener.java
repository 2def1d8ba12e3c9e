package org.invitemanager.bulk;

import org.invitemanager.domain.LabelledInvite;

/** Told about a batch as it goes, on whichever thread finished the invite; every method may be left out. */
public interface BulkListener {

    /** The server created the invite numbered {@code number}. */
    default void made(int number, LabelledInvite invite) {
    }

    default void failed(BulkFailure failure) {
    }

    /** Called after every finished invite, after {@link #made} or {@link #failed}. */
    default void progress(BulkProgress progress) {
    }
}
