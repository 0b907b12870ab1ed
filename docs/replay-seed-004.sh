#!/usr/bin/env bash
# 重放种子004四、二：综合协调工作组一次约谈七大电商平台（淘宝、天猫、京东、拼多多、唯品会、抖音、快手）。
# Replays seed 004: the coordination group interviews seven platforms at once. Against the local demo
# (mvn spring-boot:run -Dspring-boot.run.profiles=local); needs only curl.
#
# 七个平台先登记入名录：名称为「（演示）淘宝」等，统一社会信用代码是本脚本生成的演示代码（不是真实代码），辖区记为浦东新区
# （名录要求本市辖区；真实环境中按平台的实际登记信息登记）。已登记的（同名）直接使用。
# The seven platforms are registered first with demo credit codes (not the real ones), then one interview names all.
set -euo pipefail
BASE="${BASE:-http://localhost:8080}"
PASS="${DEMO_PASSWORD:-demo2026}"
OFFICER="coord-officer:${PASS}"
json=(-H 'Content-Type: application/json' -H 'Accept: application/json')

ids=()
n=0
for platform in 淘宝 天猫 京东 拼多多 唯品会 抖音 快手; do
  n=$((n + 1))
  name="（演示）${platform}"
  found=$(curl -sf -u "$OFFICER" -G "${BASE}/api/subjects" --data-urlencode "q=${name}" --data-urlencode "role=PLATFORM" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
  if [ -z "$found" ]; then
    code="9131011500000000D${n}"
    found=$(curl -sf -u "$OFFICER" "${json[@]}" -X POST "${BASE}/api/subjects" \
      -d "{\"name\": \"${name}\", \"roles\": [\"PLATFORM\"], \"creditCode\": \"${code}\", \"districtCode\": \"310115\"}" \
      | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    echo "登记 registered ${name}: id ${found}"
  else
    echo "已登记 found ${name}: id ${found}"
  fi
  ids+=("$found")
done

subject_ids=$(IFS=,; echo "${ids[*]}")
answer=$(curl -s -u "$OFFICER" "${json[@]}" -X POST "${BASE}/api/interviews" -d "{
  \"subjectIds\": [${subject_ids}],
  \"issues\": \"网售“三无产品”及商品标签标识问题（含直播带货）：平台内商家销售无中文标签、无生产者名称地址的商品\",
  \"basis\": \"电子商务法第三十八条；产品质量法第二十七条\",
  \"category\": \"PRODUCT_QUALITY\",
  \"hostUnit\": \"coordination-group\"}")
echo "$answer"
echo "$answer" | grep -q '"interviewNo"' || { echo "约谈未登记 / the interview was not registered" >&2; exit 1; }
cat <<'NEXT'

下一步在 Tasklist（http://localhost:8080/camunda）：
  1. coord-head 审批约谈（「审批约谈」）；
  2. coord-officer 制发约谈通知书（七个平台各一个文号）；
  3. 约谈当日或之后逐个平台「记录约谈情况」：到场人员、指出的问题、整改承诺（每行「yyyy-MM-dd 承诺内容」）；
  4. 每项承诺到期（或平台报告已履行）后「核查承诺履行」：已履行，或转线索 / 上报协调组 / 经负责人批准不再跟进。
主体档案（名录页「约谈与提醒告诫」段）与 GET /api/interviews/{编号}/timeline 可看到每一步。
NEXT
