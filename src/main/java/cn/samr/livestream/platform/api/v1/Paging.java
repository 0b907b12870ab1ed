package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.shared.InvalidInputException;

/** page from 0, size 1 to 100. */
final class Paging {

  static final int MAX_SIZE = 100;

  private Paging() {
  }

  static void check(int page, int size) {
    if (page < 0 || page > 100_000) {
      throw InvalidInputException.of("page", "页码须为0至100000", "page must be 0 to 100000");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInputException.of("size", "每页1至100条", "size must be 1 to 100");
    }
  }
}
