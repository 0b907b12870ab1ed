package cn.samr.livestream.governance.credit;

import java.math.BigDecimal;

/** The counts one aggregate query reads from the complaint, clue, case and transfer tables for a party. */
public class RegisterFacts {

  private long penaltiesIn3Years;
  private BigDecimal finesIn3Years;
  private long criminalTransfersIn3Years;
  private long substantiatedCluesIn1Year;
  private long complaintsIn1Year;
  private long ordersNotCorrectedIn1Year;

  public long getPenaltiesIn3Years() {
    return penaltiesIn3Years;
  }

  public void setPenaltiesIn3Years(long penaltiesIn3Years) {
    this.penaltiesIn3Years = penaltiesIn3Years;
  }

  public BigDecimal getFinesIn3Years() {
    return finesIn3Years;
  }

  public void setFinesIn3Years(BigDecimal finesIn3Years) {
    this.finesIn3Years = finesIn3Years;
  }

  public long getCriminalTransfersIn3Years() {
    return criminalTransfersIn3Years;
  }

  public void setCriminalTransfersIn3Years(long criminalTransfersIn3Years) {
    this.criminalTransfersIn3Years = criminalTransfersIn3Years;
  }

  public long getSubstantiatedCluesIn1Year() {
    return substantiatedCluesIn1Year;
  }

  public void setSubstantiatedCluesIn1Year(long substantiatedCluesIn1Year) {
    this.substantiatedCluesIn1Year = substantiatedCluesIn1Year;
  }

  public long getComplaintsIn1Year() {
    return complaintsIn1Year;
  }

  public void setComplaintsIn1Year(long complaintsIn1Year) {
    this.complaintsIn1Year = complaintsIn1Year;
  }

  public long getOrdersNotCorrectedIn1Year() {
    return ordersNotCorrectedIn1Year;
  }

  public void setOrdersNotCorrectedIn1Year(long ordersNotCorrectedIn1Year) {
    this.ordersNotCorrectedIn1Year = ordersNotCorrectedIn1Year;
  }
}
