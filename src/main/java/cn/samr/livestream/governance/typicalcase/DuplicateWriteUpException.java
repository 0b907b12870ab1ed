package cn.samr.livestream.governance.typicalcase;

/** Two proposals of the same case at the same moment: the second is refused with 409, not 500. */
public class DuplicateWriteUpException extends RuntimeException {

  public DuplicateWriteUpException(String sourceKey) {
    super("a write-up of " + sourceKey + " is being proposed at the same time");
  }
}
