package cn.samr.livestream.benchmark;

import cn.samr.livestream.benchmark.ScaleBenchmark.Figure;
import java.util.List;

final class SpotCheckUploadScale {

  static List<Figure> run(String[] args) {
    return List.of();
  }
}
