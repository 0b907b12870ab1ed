package cn.samr.livestream.monitoring;

import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of spot_check: one livestream item checked. */
public class SpotCheck {

  private Long id;
  private Long assignmentId;
  private LocalDate checkDate;
  private String platform;
  private String liveRoom;
  private String accountId;
  private String productOrService;
  private FocusArea focusArea;
  private SpotCheckResult checkResult;
  private ViolationCategory violationCategory;
  private String description;
  private boolean samplingDone;
  private SamplingResult samplingResult;
  private Long clueId;
  private String recordedBy;
  private LocalDateTime recordedAt;

  /**
   * The check's number: SC-&lt;id&gt;. The clue it starts carries it as external number, the
   * spot-check-entry instance as business key.
   */
  public static String number(long id) {
    return "SC-" + id;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAssignmentId() {
    return assignmentId;
  }

  public void setAssignmentId(Long assignmentId) {
    this.assignmentId = assignmentId;
  }

  public LocalDate getCheckDate() {
    return checkDate;
  }

  public void setCheckDate(LocalDate checkDate) {
    this.checkDate = checkDate;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }

  public String getLiveRoom() {
    return liveRoom;
  }

  public void setLiveRoom(String liveRoom) {
    this.liveRoom = liveRoom;
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public String getProductOrService() {
    return productOrService;
  }

  public void setProductOrService(String productOrService) {
    this.productOrService = productOrService;
  }

  public FocusArea getFocusArea() {
    return focusArea;
  }

  public void setFocusArea(FocusArea focusArea) {
    this.focusArea = focusArea;
  }

  public SpotCheckResult getCheckResult() {
    return checkResult;
  }

  public void setCheckResult(SpotCheckResult checkResult) {
    this.checkResult = checkResult;
  }

  public ViolationCategory getViolationCategory() {
    return violationCategory;
  }

  public void setViolationCategory(ViolationCategory violationCategory) {
    this.violationCategory = violationCategory;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isSamplingDone() {
    return samplingDone;
  }

  public void setSamplingDone(boolean samplingDone) {
    this.samplingDone = samplingDone;
  }

  public SamplingResult getSamplingResult() {
    return samplingResult;
  }

  public void setSamplingResult(SamplingResult samplingResult) {
    this.samplingResult = samplingResult;
  }

  public Long getClueId() {
    return clueId;
  }

  public void setClueId(Long clueId) {
    this.clueId = clueId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(LocalDateTime recordedAt) {
    this.recordedAt = recordedAt;
  }
}
