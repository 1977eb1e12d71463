import base from "@ums/eslint-config/base";

export default base;
