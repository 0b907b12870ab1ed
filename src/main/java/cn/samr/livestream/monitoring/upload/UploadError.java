package cn.samr.livestream.monitoring.upload;

import java.util.List;

/**
 * Body of a refused upload (400, or 413 for a file over the size limit): a code, the message in Chinese
 * and English, how many problems were found and the first of them (at most 500) with their lines.
 */
public record UploadError(String code, String message, int errorCount, List<LineError> errors) {
}
