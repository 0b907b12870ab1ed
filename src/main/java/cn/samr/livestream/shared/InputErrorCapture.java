package cn.samr.livestream.shared;

/**
 * Remembers the {@link InvalidInputException} raised while one web request to the engine REST layers
 * is served. The engine wraps an exception from a task or start-form listener into a plain
 * ProcessEngineException and Camunda's REST layers answer that with 500; the web filter that opened
 * the capture turns such an answer back into the 400 with field errors it is
 * (security.EngineInputErrorFilter). Outside a capture nothing is kept.
 */
public final class InputErrorCapture {

  private static final ThreadLocal<InvalidInputException[]> CURRENT = new ThreadLocal<>();

  private InputErrorCapture() {
  }

  public static void begin() {
    CURRENT.set(new InvalidInputException[1]);
  }

  static void record(InvalidInputException exception) {
    InvalidInputException[] slot = CURRENT.get();
    if (slot != null && slot[0] == null) {
      slot[0] = exception;
    }
  }

  /** The first input error raised since {@link #begin()}, or null. */
  public static InvalidInputException raised() {
    InvalidInputException[] slot = CURRENT.get();
    return slot == null ? null : slot[0];
  }

  public static void end() {
    CURRENT.remove();
  }
}
