package cn.samr.livestream.monitoring;

import cn.samr.livestream.subject.CreditClass;

/**
 * One row of spot_check_focus_subject: a register subject the district's assignment names as 重点监测对象, with the
 * credit risk class it had when the assignment was opened.
 */
public class FocusSubject {

  private Long assignmentId;
  private int position;
  private Long subjectId;
  private CreditClass creditClass;

  public FocusSubject() {
  }

  public FocusSubject(Long assignmentId, int position, Long subjectId, CreditClass creditClass) {
    this.assignmentId = assignmentId;
    this.position = position;
    this.subjectId = subjectId;
    this.creditClass = creditClass;
  }

  public Long getAssignmentId() {
    return assignmentId;
  }

  public void setAssignmentId(Long assignmentId) {
    this.assignmentId = assignmentId;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public CreditClass getCreditClass() {
    return creditClass;
  }

  public void setCreditClass(CreditClass creditClass) {
    this.creditClass = creditClass;
  }
}
