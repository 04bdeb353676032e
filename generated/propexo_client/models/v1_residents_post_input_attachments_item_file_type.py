from typing import Literal

V1ResidentsPostInputAttachmentsItemFileType = Literal["Document"]
"""One of Document."""

V1_RESIDENTS_POST_INPUT_ATTACHMENTS_ITEM_FILE_TYPE_VALUES: set[V1ResidentsPostInputAttachmentsItemFileType] = {
    "Document",
}


def check_v1_residents_post_input_attachments_item_file_type(value: str) -> V1ResidentsPostInputAttachmentsItemFileType:
    if value in V1_RESIDENTS_POST_INPUT_ATTACHMENTS_ITEM_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_POST_INPUT_ATTACHMENTS_ITEM_FILE_TYPE_VALUES!r}"
    )
