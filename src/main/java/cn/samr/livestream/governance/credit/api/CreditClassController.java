package cn.samr.livestream.governance.credit.api;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.governance.credit.CreditClassService;
import cn.samr.livestream.governance.credit.CreditClassService.ClassView;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectRegisterService;
import cn.samr.livestream.subject.api.SubjectAccess;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's credit risk class (信用风险分类) with its latest changes and the rule's inputs at each: whoever reads the
 * subject reads its class (404 otherwise, as the register); the coordination group and administrators may have it
 * computed again at once (403 for other readers).
 */
@RestController
@RequestMapping("/api/subjects/{id}/credit-class")
public class CreditClassController {

  private final CreditClassService classes;
  private final SubjectRegisterService register;
  private final SubjectAccess access;
  private final CurrentUser currentUser;

  public CreditClassController(CreditClassService classes, SubjectRegisterService register, SubjectAccess access,
      CurrentUser currentUser) {
    this.classes = classes;
    this.register = register;
    this.access = access;
    this.currentUser = currentUser;
  }

  @GetMapping
  public ClassView get(@PathVariable long id) {
    requireReadable(id);
    return classes.view(id).orElseThrow(() -> notFound(id));
  }

  @PostMapping("/recompute")
  public ClassView recompute(@PathVariable long id) {
    requireReadable(id);
    if (!access.isAdministrator() && !currentUser.isMemberOf(CityGroups.COORDINATION)
        && !currentUser.isMemberOf(CityGroups.COORDINATION_HEADS)) {
      throw new AuthorizationException(currentUser.userId(), "UPDATE", "CreditClass", String.valueOf(id));
    }
    return classes.recomputeNow(id).orElseThrow(() -> notFound(id));
  }

  private void requireReadable(long id) {
    register.byId(id).filter(s -> access.mayRead(s.getDistrictCode())).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("监管对象不存在或无权查看：" + id, "no such subject, or not yours to read: " + id);
  }
}
