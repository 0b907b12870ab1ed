package cn.samr.livestream.subject;

/**
 * The livelihood areas whose merchants are 重点商户 (seed 000 §二(一)1: 医疗健康、金融、食品等民生领域): a merchant
 * with one of these on its record is on the key-merchant list.
 */
public enum KeyArea {
  HEALTH("医疗健康"),
  FINANCE("金融"),
  FOOD("食品");

  private final String label;

  KeyArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
