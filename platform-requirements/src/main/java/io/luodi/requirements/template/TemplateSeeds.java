package io.luodi.requirements.template;

import io.luodi.core.project.SystemType;

/** The templates every new library starts with, kept as question lists under requirements/templates/. */
public enum TemplateSeeds {
    FINANCE("finance-reimbursement.tsv", "财务报销系统需求调研表", SystemType.FINANCE,
            "费用报销、发票、预算控制、付款与总账集成。Finance / expense reimbursement rollout."),
    HOSPITAL("hospital-his.tsv", "医院信息系统（HIS）需求调研表", SystemType.HIS,
            "门诊、住院、药房、医保结算与 LIS/PACS/EMR 接口。Hospital information system rollout."),
    ERP("erp-rollout.tsv", "ERP 实施需求调研表", SystemType.ERP,
            "组织架构、销售采购库存生产成本、主数据与月结。ERP rollout at a manufacturer.");

    private final String file;
    private final String title;
    private final SystemType systemType;
    private final String description;

    TemplateSeeds(String file, String title, SystemType systemType, String description) {
        this.file = file;
        this.title = title;
        this.systemType = systemType;
        this.description = description;
    }

    public String resource() {
        return "requirements/templates/" + file;
    }

    public String title() {
        return title;
    }

    public SystemType systemType() {
        return systemType;
    }

    public String description() {
        return description;
    }
}
