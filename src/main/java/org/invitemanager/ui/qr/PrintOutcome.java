package org.invitemanager.ui.qr;

/** How an attempt to print an invite ended. */
public enum PrintOutcome {
    /** The page went to the printer. */
    PRINTED,
    /** The system has no printer to print to. */
    NO_PRINTER,
    /** The admin closed the print dialog without printing. */
    CANCELLED,
    /** The chosen paper's printable area cannot hold a QR code large enough to scan. */
    PAGE_TOO_SMALL,
    /** The printer or the system refused the job. */
    FAILED
}
