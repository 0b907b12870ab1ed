package cn.samr.livestream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The write endpoints' table of malformed bodies (each test's {@code malformedBodies}): a valid request with one change
 * merged in, and the answer expected, 400 naming the field (MALFORMED_JSON when the body is not JSON at all).
 */
public final class BadRequests {

  private BadRequests() {
  }

  /** The valid request with the change (a JSON object) merged in; the change itself when no field is named. */
  public static String body(ObjectMapper json, ObjectNode valid, String field, String change)
      throws JsonProcessingException {
    if (field == null) {
      return change;
    }
    valid.setAll((ObjectNode) json.readTree(change));
    return json.writeValueAsString(valid);
  }

  /** 400 with the field among the errors, or MALFORMED_JSON when no field is named. */
  public static void assertRejected(ObjectMapper json, ResponseEntity<String> answer, String field)
      throws JsonProcessingException {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    if (field == null) {
      assertThat(error.get("code").asText()).isEqualTo("MALFORMED_JSON");
    } else {
      assertThat(error.get("fieldErrors").findValuesAsText("field")).as(answer.getBody()).contains(field);
    }
  }
}
