#!/usr/bin/env bash
# The clinic's journey over HTTP, as staff front ends drive it, against the local cloud
# (mvn -Plocal -DskipTests package; then: bash docs/walkthrough-clinic.sh). Each step says its SPEC id and who
# acts; each change sends the version the last answer gave (If-Match). Dates come from the local cloud's clock,
# which the walk moves on (due timers fire), so it runs again and again on one local cloud.
source "$(dirname "$0")/walkthrough-lib.sh"
TODAY=$(today); TOMORROW=$(day "$TODAY" +1)

# C-01 sales books tomorrow's arrival (a known phone number links to the customer already known)
create sales /visits '{"customer":{"name":"张丽","phone":"13912345678","gender":"FEMALE","age":32,"source":"抖音"},
  "consent":{"textVersion":"2026-12","purposes":["SERVICE","SENSITIVE"]},
  "arrival":{"arrivalAt":"'"$TOMORROW"'T14:30:00+08:00","mode":"FLIGHT","transportNo":"CA4102","station":"成都天府国际机场 T2"}}'
CODE=$(field code); VISIT=/visits/$CODE

# C-02 the dispatcher's 待分配 list and the drivers; C-03 a change of driver, with the reason
get dispatcher /dispatch/unassigned > /dev/null; expect "$CODE"
get dispatcher /staff/drivers
get dispatcher "$VISIT" > /dev/null
act dispatcher POST "$VISIT/driver" '{"driverId":"demo-driver1"}'
act dispatcher PUT "$VISIT/driver" '{"driverId":"demo-driver2","reason":"孙师傅临时有事"}'

# C-04 the driver's day and the pick-up (the first driver was told of the change: his notifications)
get driver2 "/driver/pickups?date=$TOMORROW" > /dev/null; expect "$CODE"
act driver2 POST "$VISIT/pick-up"
get dispatcher "$VISIT/audit"

# C-05 arrival; C-07 the barcode label (202 + a print job, polled until its PDF is ready)
act frontdesk POST "$VISIT/arrival"
send frontdesk POST "$VISIT/barcode-prints" > /dev/null
printed "$(field id)" frontdesk

# C-10 the super admin gives her a consultant; C-11 reception and the order (one line at a discount)
act admin POST "$VISIT/consultant" '{"consultantId":"demo-consultant"}'
act consultant POST "$VISIT/consultation"
act consultant POST "$VISIT/order" '{"items":[{"catalogItemId":"double-eyelid","discountedPrice":1280000,"remark":"老客户"},
  {"catalogItemId":"freckle-removal"}]}'

# C-12 price review; C-14 a split payment with a 12-month installment loan; C-27 admission (arms the follow-ups)
act admin POST "$VISIT/price-review"
act frontdesk POST "$VISIT/payments" '{"lines":[{"method":"WECHAT_PAY","amount":298000},
  {"method":"LOAN","amount":1300000,"periods":12,"firstRepaymentDate":"'"$(day "$TODAY" +30)"'"}]}'
LOAN=$(grep -o '"id":"[^"]*","method":"LOAN"' "$BODY" | head -1 | cut -d'"' -f4)
act aftersales POST "$VISIT/admission" '{"operationDate":"'"$TOMORROW"'"}'

# the clock 18 days on: the day 2, 7 and 15 follow-ups are in after-sales' queue
clock "$(day "$TODAY" +18)" 10:00:00
get aftersales "/after-sales/follow-ups?owner=me&limit=100" > /dev/null; expect "\"visitCode\":\"$CODE\",\"day\":15"

# C-17 the loan this payment opened (its id is the LOAN line's); the super admin gives it an owner
get aftersales "/loans/$LOAN" > /dev/null; TAKEN=$(field openedAt | cut -c1-10)
act admin POST "/loans/$LOAN/owner" '{"staffId":"demo-aftersales"}'

# C-18 a repayment fills the oldest periods first
act aftersales POST "/loans/$LOAN/repayments" '{"amount":108400,"method":"WECHAT_PAY","paidOn":"'"$TAKEN"'","remark":"首期"}'

# C-19 63 days on, the second period is overdue by itself and its owner has a 催款任务
clock "$(day "$TODAY" +63)" 10:00:00
get aftersales "/after-sales/loans?owner=me&overdue=true&limit=100" > /dev/null; expect "$LOAN"

# C-20 the owner calls (催款); C-21 the money recovered is applied: the loan is OPEN again
get aftersales "/loans/$LOAN" > /dev/null
act aftersales POST "/loans/$LOAN/dunning-contacts" '{"channel":"PHONE","outcome":"客户答应今天还清第二期","note":"下午三点后方便接电话"}'
act aftersales POST "/loans/$LOAN/recoveries" '{"amount":108268,"method":"ALIPAY","paidOn":"'"$(day "$TODAY" +63)"'","remark":"催款后追回第二期"}'
expect '"status":"OPEN"'
get aftersales "/notifications?limit=100" > /dev/null; expect "催款任务"
echo "walk-through done: visit $CODE, loan $LOAN"
