package cn.samr.livestream.subject.api;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistoryService;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/subjects/{subjectId}/history: what the administration knows of a subject, so that first
 * and repeat offences are visible. Readable by the officers and heads of every unit and by
 * administrators; it holds no personal data of complainants or reporters.
 */
@RestController
public class SubjectHistoryController {

  private final SubjectHistoryService histories;
  private final OrganizationService organization;
  private final CurrentUser currentUser;

  public SubjectHistoryController(SubjectHistoryService histories, OrganizationService organization,
      CurrentUser currentUser) {
    this.histories = histories;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/subjects/{subjectId}/history")
  public SubjectHistory history(@PathVariable long subjectId) {
    if (!inAnyUnit()) {
      throw new AuthorizationException(currentUser.userId(), "READ", "SubjectHistory", String.valueOf(subjectId));
    }
    return histories.of(subjectId)
        .orElseThrow(() -> new NotFoundException("监管对象不存在：" + subjectId, "no subject " + subjectId));
  }

  /** Officers' or heads' group of any active unit, or an administrator. */
  private boolean inAnyUnit() {
    Set<String> groups = new HashSet<>();
    groups.add(Groups.CAMUNDA_ADMIN);
    for (OrgUnit unit : organization.activeUnits()) {
      groups.add(unit.getCode());
      if (unit.getHeadGroup() != null) {
        groups.add(unit.getHeadGroup());
      }
    }
    return currentUser.groupIds().stream().anyMatch(groups::contains);
  }
}
