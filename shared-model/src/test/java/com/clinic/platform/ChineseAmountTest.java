package com.clinic.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in capitals as 《支付结算办法》 writes them (its own examples among them). */
class ChineseAmountTest {

    @ParameterizedTest
    @CsvSource({
        "1996000, 壹万玖仟玖佰陆拾元整",
        "140950, 壹仟肆佰零玖元伍角",
        "600714, 陆仟零柒元壹角肆分",
        "168032, 壹仟陆佰捌拾元叁角贰分",
        "10700053, 壹拾万柒仟元伍角叁分",
        "1640902, 壹万陆仟肆佰零玖元零贰分",
        "32504, 叁佰贰拾伍元零肆分",
        "1000500, 壹万零伍元整",
        "10000000, 壹拾万元整",
        "100001000, 壹佰万零壹拾元整",
        "10000000000, 壹亿元整",
        "10001000000, 壹亿零壹万元整",
        "1500, 壹拾伍元整",
        "50, 伍角",
        "5, 伍分",
        "0, 零元整",
        "100000000, 壹佰万元整",
        "500000000, 伍佰万元整",
        "-1500, 负壹拾伍元整",
    })
    void writesTheAmountAsReceiptsDo(long fen, String capitals) {
        assertEquals(capitals, ChineseAmount.of(fen));
    }
}
