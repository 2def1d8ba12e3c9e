package org.invitemanager.cli;

import java.util.Locale;
import org.invitemanager.domain.InviteKind;
import picocli.CommandLine;

/** The command line's names for invite kinds: {@code account}, {@code contact} and {@code reset}. */
final class KindNames {

    private KindNames() {
    }

    static String of(InviteKind kind) {
        return switch (kind) {
            case ACCOUNT -> "account";
            case CONTACT -> "contact";
            case PASSWORD_RESET -> "reset";
        };
    }

    /** Reads {@code --kind}. */
    static final class Converter implements CommandLine.ITypeConverter<InviteKind> {
        @Override
        public InviteKind convert(String value) {
            String wanted = value.strip().toLowerCase(Locale.ROOT);
            for (InviteKind kind : InviteKind.values()) {
                if (of(kind).equals(wanted)) {
                    return kind;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a kind: use account, contact or "
                    + "reset.");
        }
    }
}
