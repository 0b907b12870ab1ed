package cn.samr.livestream.complaint;

import cn.samr.livestream.subject.SupervisedSubject;

/** A subject complained about (the registry entry) and its role in the complaint. */
public class ComplaintSubject {

  private PartyRole role;
  private SupervisedSubject subject;

  public PartyRole getRole() {
    return role;
  }

  public void setRole(PartyRole role) {
    this.role = role;
  }

  public SupervisedSubject getSubject() {
    return subject;
  }

  public void setSubject(SupervisedSubject subject) {
    this.subject = subject;
  }
}
