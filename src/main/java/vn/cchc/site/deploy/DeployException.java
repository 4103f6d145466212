package vn.cchc.site.deploy;

/** A deploy that could not be done; the message is Vietnamese and the live site is unchanged. */
public final class DeployException extends Exception {
    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeployException(String message) {
        super(message);
    }
}
