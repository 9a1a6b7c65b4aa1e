package com.clinic.program;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The online contract's text, versioned (H-04): the customer signs the version she was shown, and the version and
 * the SHA-256 digest of its text are kept with her signature, so what was signed can be proven later. A change of
 * wording is a new version; a signature on an older one is refused.
 */
public record ContractTemplate(String version, String title, List<String> clauses) {

    public static final ContractTemplate CURRENT = new ContractTemplate("2026-11", "49 天健康管理服务合同", List.of(
            "第一条 服务内容：乙方为甲方提供为期 49 天的健康管理服务，包括健康档案评估、个性化健康方案（饮食、运动、作息、心理）、"
                    + "服务群内的每日跟进、三次视频沟通及方案结束后的评估。",
            "第二条 服务费用：服务费以订单金额为准，甲方已通过订单所列渠道付清。",
            "第三条 甲方义务：如实填写健康档案及方案前评估表，按方案执行并及时反馈身体状况；出现身体不适应立即告知服务团队并视情况就医。",
            "第四条 乙方义务：由健康管理师、主教练、副教练及客服组成服务团队，按约定时限提供服务；方案不替代医疗诊断与治疗。",
            "第五条 个人信息保护：甲方的健康信息属于敏感个人信息，乙方仅为履行本合同所必需而处理，仅限服务团队中需要知悉的人员访问，"
                    + "每次查阅均留有记录，未经甲方同意不向第三方提供。",
            "第六条 合同期限：自双方签署之日起至方案结束后第 60 天的第二次评估完成之日止。",
            "第七条 争议解决：双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。"));

    /** The text as signed: the title and every clause, one per line. */
    public String text() {
        return title + "\n" + String.join("\n", clauses);
    }

    /** SHA-256 of the text, in hex. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
