/**
 * What the front ends use of react-aria-components, and nothing else: the module the shell
 * provides to every remote under the share key "react-aria-components" (config/federation.ts).
 * It imports the library's per-component entry points, so the bundler keeps only these
 * components (the whole library is ~270 kB gzipped) and the federation plugin does not take
 * these imports for the shared package itself. A component used by a front end but missing
 * here fails the kit's federation test.
 */
export { Button } from "react-aria-components/Button";
export { DateField, DateInput, DateSegment } from "react-aria-components/DateField";
export { Dialog, DialogTrigger } from "react-aria-components/Dialog";
export { FieldError } from "react-aria-components/FieldError";
export { Heading } from "react-aria-components/Heading";
export { I18nProvider } from "react-aria-components/I18nProvider";
export { Label } from "react-aria-components/Label";
export { Modal, ModalOverlay } from "react-aria-components/Modal";
export { Cell, Column, Row, Table, TableBody, TableHeader } from "react-aria-components/Table";
export { Tab, TabList, TabPanel, Tabs } from "react-aria-components/Tabs";
export { Text } from "react-aria-components/Text";
