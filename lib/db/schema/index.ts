export * from "./enums";
export * from "./auth";
export * from "./organisations";
export * from "./persons";
export * from "./requests";
export * from "./mail";
export * from "./feedback";
