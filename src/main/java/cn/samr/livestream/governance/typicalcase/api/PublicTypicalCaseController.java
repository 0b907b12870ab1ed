package cn.samr.livestream.governance.typicalcase.api;

import cn.samr.livestream.governance.typicalcase.PublicTypicalCase;
import cn.samr.livestream.governance.typicalcase.PublicTypicalCases;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only typical cases (no login; security.PublicApiFilter guards the door): the list and one case,
 * read from typical_case_publication only. These are the only two addresses under /public-api.
 */
@RestController
@RequestMapping("/public-api/v1/typical-cases")
public class PublicTypicalCaseController {

  private final PublicTypicalCases publications;

  public PublicTypicalCaseController(PublicTypicalCases publications) {
    this.publications = publications;
  }

  @GetMapping
  public PublicTypicalCases.Page list(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    int p = number(page, "page", 0, 0, 10_000);
    int s = number(size, "size", PublicTypicalCases.DEFAULT_PAGE_SIZE, 1, PublicTypicalCases.MAX_PAGE_SIZE);
    return publications.page(p, s);
  }

  @GetMapping("/{publicationNo}")
  public PublicTypicalCase show(@PathVariable String publicationNo) {
    return publications.find(publicationNo).orElseThrow(() -> new NotFoundException("典型案例不存在",
        "no such typical case"));
  }

  private static int number(String value, String field, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Inputs inputs = new Inputs();
    int read;
    try {
      read = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      read = Integer.MIN_VALUE;
    }
    inputs.require(read >= min && read <= max, field, "须为" + min + "到" + max + "之间的整数",
        "must be an integer from " + min + " to " + max);
    inputs.throwIfAny();
    return read;
  }
}
