package cn.samr.livestream;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.context.annotation.Import;

/**
 * A mapper slice: MyBatis with the application's mapper XML and settings, Flyway's schema on a fresh in-memory
 * H2 (the configured database with -Pmysql-it, which sets spring.test.database.replace=none), each test in a
 * transaction rolled back afterwards. No engine, no web layer, no security: boots in a few seconds, and every
 * class annotated like this shares the one context. The few plain services some mapper tests go through are
 * listed in {@link MapperSliceConfiguration}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MybatisTest
@Import(MapperSliceConfiguration.class)
public @interface MapperTest {
}
